"""The card-scanning score of issue 15: the test set's truth, the scoring, the baseline."""
