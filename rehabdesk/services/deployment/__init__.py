"""Deployment (issue #20): the self-test an installed RehabDesk runs on itself, and what
it says about its version."""

from rehabdesk.services.deployment.about import About, about
from rehabdesk.services.deployment.self_test import StepResult, run_self_test, version_line

__all__ = ["About", "StepResult", "about", "run_self_test", "version_line"]
