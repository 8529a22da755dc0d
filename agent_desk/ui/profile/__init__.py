"""The agent's own profile: "My details", the name and licence every proposal prints."""
