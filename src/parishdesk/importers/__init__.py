"""Reading files the clerk brings in from elsewhere (a council's own protocol, …)."""
