"""The renderers: pure functions of (model, arguments, language) that return
the HTML or Markdown of one component (tables, figures, the guide…)."""
