/// The bundled tables of the entities, themes and dyads stages (entity lexicon, GeoNames gazetteer, CAMEO verbs,
/// theme cues) are
/// parsed once, on first use (~0.12 s in a release build, ~0.5 s in a debug one). A daemon calls `preload()`
/// after its spool exists and before it claims or recovers a file, so no article pays for it — and a kill
/// during that time cannot count as an interrupted analysis of the first file.
public enum AnalysisResources {
    public static func preload() {
        _ = EntityLexicon.standard.phrases.count
        _ = NameTagger.standard.model.featureCount
        _ = NameTagGazetteer.standard.count
        _ = CameoVerbDictionary.standard.blocks.count
        _ = ThemeTaxonomy.standard.themes.count
        _ = Gazetteer.standard.placeCount
    }
}
