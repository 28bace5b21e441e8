/// FNV-1a 64-bit, hex: a content fingerprint for provenance and reruns (not for security).
public func contentFingerprint(_ bytes: [UInt8]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBufferPointer { buffer in
        for b in buffer { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    }
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
}
