// The Ingest library (under construction).
