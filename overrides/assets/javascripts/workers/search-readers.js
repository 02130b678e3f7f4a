// Material's search worker, reading queries as French and English readers
// type them (hooks/search_readers.py points the site's search here, naming
// Material's worker in the address): an elided article or a possessive
// ("l’", "d'", "qu’", "'s") is not a word of its own, and letters match
// with or without their accents, in the index and in the query alike.
(function () {
  "use strict";
  var material = new URL(self.location.href).searchParams.get("material");
  var ELISION = /(^|[\s"+\-])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/gi;
  var POSSESSIVE = /['’]s(?=$|[\s"])/gi;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/œ/g, "oe").replace(/Œ/g, "OE")
      .replace(/æ/g, "ae").replace(/Æ/g, "AE");
  }

  function readable(query) {
    return fold(query.replace(ELISION, "$1").replace(POSSESSIVE, ""));
  }

  // Queries (messages of type 2) reach Material's worker read as above.
  var listen = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen(type, listener, options);
    return listen(type, function (event) {
      var message = event.data;
      listener(message && message.type === 2 && typeof message.data === "string"
        ? {data: {type: 2, data: readable(message.data)}} : event);
    }, options);
  };
  importScripts(material);

  // Every indexed word, once through Material's pipeline, without accents.
  var run = lunr.Pipeline.prototype.run;
  lunr.Pipeline.prototype.run = function (tokens) {
    return run.call(this, tokens).map(function (token) { return token.update(fold); });
  };
})();
