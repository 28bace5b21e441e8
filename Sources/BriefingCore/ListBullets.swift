/// The signs a list item opens with ("- Passports: …", "• 外国人…"): ingest keeps such a line as
/// text, not a speaker's name, and extract reads the items under a "Related stories" line as links.
public enum ListBullets {
    public static let signs: Set<Unicode.Scalar> = ["-", "•", "*", "–", "·"]
}
