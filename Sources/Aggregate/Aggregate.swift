// The Aggregate library (under construction).
