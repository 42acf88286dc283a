"""Wegwijzer Jeugdhulp: content-driven routing for parents whose child's care got stuck."""
