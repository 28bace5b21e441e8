/// A scan's digit 1 read for the letter l ("peop1e", "crimina1", "i11egal", "a11"): the one rule
/// ingest mends a scanned text by and extract's tokenizer keeps such a word whole by.
public enum MisreadOnes {
    /// Where a run of ones from `start` ends when it stands for letters, else nil. `value(i)` is the
    /// character at `i` (nil past the text); `smallBefore`, how many small letters stand right
    /// before the run. Ones followed by a small letter, or ending a word after two small letters
    /// or as two ones or more, are letters; ones before another digit, a percent sign or a
    /// figure's comma or point ("in2,400", "up11%") are a figure's.
    public static func end(from start: Int, smallBefore: Int, _ value: (Int) -> UInt32?) -> Int? {
        func isDigit(_ v: UInt32?) -> Bool { v.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        var k = start
        while value(k) == 0x31 { k += 1 }
        let next = value(k)
        if isDigit(next) || next == 0x25 || ((next == 0x2C || next == 0x2E) && isDigit(value(k + 1))) { return nil }
        if let n = next, n >= 0x61, n <= 0x7A { return k }
        return smallBefore >= 2 || k - start >= 2 ? k : nil
    }
}
