"""The long-lived service: APScheduler decides when, plain functions do the work."""
