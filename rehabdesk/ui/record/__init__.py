"""A person's record: identity, episodes, history, and the tabs features register."""
