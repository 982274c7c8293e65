"""Deployment (issue #20): the self-test an installed RehabDesk runs on itself."""

from rehabdesk.services.deployment.self_test import StepResult, run_self_test, version_line

__all__ = ["StepResult", "run_self_test", "version_line"]
