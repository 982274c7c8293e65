"""Use cases of the exchange with headquarters (issue #16): the centre's keys, bundles,
acknowledgements."""
