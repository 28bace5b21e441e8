// The Render library (under construction).
