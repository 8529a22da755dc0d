"""Client value tiers: the rules dialog and the referrals report."""
