// The Extract library (under construction).
