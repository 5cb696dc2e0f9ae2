"""The web app (the digest site): calls, search, marks, sign-in, feeds, calendar, API."""
