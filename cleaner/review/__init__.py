"""Views of :class:`cleaner.model.Result` for review: the annotated and unified diff,
the JSONL removal log and the HTML report.  Nothing here prints; the CLI writes."""
