package dossier.index.tests;

class Placeholder {
}
