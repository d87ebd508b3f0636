"""The app's four screens: Compose, People & places, Review, Export."""
