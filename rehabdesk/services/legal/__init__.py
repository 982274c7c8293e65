"""Court cases, charges, verdicts, sentences and treatment orders."""
