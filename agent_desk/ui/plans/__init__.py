"""The plan designer's widgets: needs and gaps, assumptions, comparison."""
