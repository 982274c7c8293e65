"""Rights and oversight on screen (issue #19, item 7): the Rights page, the record's Rights
tab, their dialogs, and the independent monitor's view."""
