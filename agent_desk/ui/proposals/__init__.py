"""Proposals in the app: make, preview, print and save them."""
