"""Headquarters' use cases (issue #17): the store, registering centres, importing bundles,
acknowledgements and what headquarters holds."""
