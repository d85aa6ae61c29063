print("articlewatch")
