"""Release, reintegration and follow-up (issue #15): planning the release, the release
that ends a stay everywhere, the follow-up points with their attempts and interviews, the
worklist and the outcomes report per release cohort."""
