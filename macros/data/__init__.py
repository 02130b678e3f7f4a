"""The data layer: the YAML files read safely (source), checked against their
schemas and rules (validation, value_checks, progress_checks), and the model
the renderers read (plan, progress), loaded once (files)."""
