"""Store back ends other than the embedded one (kg.store.EmbeddedStore)."""
