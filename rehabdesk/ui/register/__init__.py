"""The Detainees page: the whole register, searched as you type, and merges."""
