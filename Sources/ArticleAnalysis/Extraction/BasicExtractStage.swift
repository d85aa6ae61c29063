/// The first version's name for the extract stage, kept so code written against it (the facts eval, the
/// quotes seed tests) builds unchanged; new code uses `ExtractStage`.
public typealias BasicExtractStage = ExtractStage
