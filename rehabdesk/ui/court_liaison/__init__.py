"""The Courts page (issue #25): the court liaison's screen."""
