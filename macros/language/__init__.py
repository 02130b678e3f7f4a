"""The interface words in both languages (labels), and the words made of the
data: dates, organizations, acronyms."""
