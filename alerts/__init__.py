"""Alerts: what to tell whom (planning), how it reads (rendering), and delivery via apprise."""
