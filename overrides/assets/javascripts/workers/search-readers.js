// Material's search worker, reading queries as French and English readers
// type them (the site's plugin points the site's search here, naming
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

  // Material's worker is loaded with the first message, the index, which
  // the page sends once search is opened (overrides/partials/requests.html):
  // a page that is only read never downloads it. Queries (messages of
  // type 2) reach it read as above.
  var listen = self.addEventListener.bind(self);
  var listeners = [], loaded = false;
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return listen(type, listener, options);
    listeners.push(listener);
  };
  listen("message", function (event) {
    if (!loaded) load();
    var message = event.data;
    var read = message && message.type === 2 && typeof message.data === "string"
      ? {data: {type: 2, data: readable(message.data)}} : event;
    listeners.forEach(function (listener) { listener.call(self, read); });
  });

  function load() {
    loaded = true;
    importScripts(material);
    // Every indexed word, once through Material's pipeline, without accents.
    var run = lunr.Pipeline.prototype.run;
    lunr.Pipeline.prototype.run = function (tokens) {
      return run.call(this, tokens).map(function (token) { return token.update(fold); });
    };
  }
})();
