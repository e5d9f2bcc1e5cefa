console.log("lexicon placeholder")
