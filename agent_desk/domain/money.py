"""Decimal money: parsing without floats and rounding by a catalog's rule."""

from __future__ import annotations

import decimal
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# The rounding modes the `decimal` module names, so a catalog may use any of them.
ROUNDING_MODES = frozenset({
    decimal.ROUND_CEILING, decimal.ROUND_DOWN, decimal.ROUND_FLOOR, decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_UP, decimal.ROUND_05UP,
})


@dataclass(frozen=True)
class Rounding:
    """Round to a multiple of `places` ("0.01", "1") with a `decimal` mode."""

    places: Decimal = Decimal("0.01")
    mode: str = decimal.ROUND_HALF_UP

    def __call__(self, amount: Decimal) -> Decimal:
        return amount.quantize(self.places, rounding=self.mode)


def to_decimal(value: object) -> Decimal | None:
    """A finite Decimal from a string, an int or a Decimal; None for anything else.

    Floats are refused: a binary float cannot hold most money amounts exactly.
    """
    if isinstance(value, bool) or isinstance(value, float):
        return None
    if isinstance(value, (int, Decimal)):
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip().replace(",", ""))
        except InvalidOperation:
            return None
    else:
        return None
    if not amount.is_finite():
        return None
    # "1e6" means 1000000: keep it in plain digits so it prints as the agent expects.
    return amount.quantize(Decimal(1)) if amount.as_tuple().exponent > 0 else amount
