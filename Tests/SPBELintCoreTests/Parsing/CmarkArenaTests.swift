import CCmarkArena
import Testing
@testable import SPBELintCore

/// The bump arena cmark-gfm parses Markdown pieces in (Sources/CCmarkArena): zeroed blocks, growth in
/// place, large blocks of their own that are recycled, reset that reuses memory, end that frees it.
@Suite("cmark-gfm arena")
struct CmarkArenaTests {
    /// Runs `body` with the calling thread's arena claimed, and frees it afterwards.
    func withArena(_ body: () throws -> Void) rethrows {
        #expect(spbe_arena_begin() == 1)
        defer { spbe_arena_end() }
        #expect(spbe_arena_begin() == 0, "the arena is claimed once per thread")
        try body()
    }

    func bytes(_ pointer: UnsafeMutableRawPointer?, _ count: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: pointer?.assumingMemoryBound(to: UInt8.self), count: count))
    }

    func fill(_ pointer: UnsafeMutableRawPointer?, _ byte: UInt8, _ count: Int) {
        pointer?.initializeMemory(as: UInt8.self, repeating: byte, count: count)
    }

    @Test("calloc zeroes reused memory, and reset reuses it from the start")
    func resetReuses() {
        withArena {
            let first = spbe_arena_calloc(100, 1)
            fill(first, 0xAB, 100)
            _ = spbe_arena_calloc(10, 8)
            #expect(spbe_arena_bytes_in_use() >= 180)
            let reserved = spbe_arena_bytes_reserved()
            spbe_arena_reset()
            #expect(spbe_arena_bytes_in_use() == 0)
            let again = spbe_arena_calloc(100, 1)
            #expect(again == first, "the first block after a reset starts where the first one did")
            #expect(bytes(again, 100).allSatisfy { $0 == 0 })
            #expect(spbe_arena_bytes_reserved() == reserved, "no new memory after a reset")
        }
        #expect(spbe_arena_bytes_reserved() == 0)
        #expect(spbe_arena_begin() == 1, "end gives the claim back")
        spbe_arena_end()
    }

    @Test("realloc grows the latest block in place and moves others with their bytes")
    func reallocGrowth() {
        withArena {
            let block = spbe_arena_calloc(1, 40)
            fill(block, 7, 40)
            let grown = spbe_arena_realloc(block, 400)
            #expect(grown == block, "the latest block grows in place")
            #expect(spbe_arena_realloc(grown, 100) == grown, "shrinking keeps the block")
            let other = spbe_arena_calloc(1, 16)
            let moved = spbe_arena_realloc(grown, 4_000)
            #expect(moved != grown && moved != other)
            #expect(bytes(moved, 40).allSatisfy { $0 == 7 })
            // A buffer doubled over and over, as cmark's string buffers grow, keeps its content.
            var buffer = spbe_arena_realloc(nil, 16)
            fill(buffer, 3, 16)
            var size = 16
            while size < 4 * 1024 * 1024 {
                buffer = spbe_arena_realloc(buffer, size * 2)
                fill(buffer.map { $0 + size }, UInt8(truncatingIfNeeded: size.trailingZeroBitCount), size)
                _ = spbe_arena_calloc(1, 24)
                size *= 2
            }
            #expect(bytes(buffer, 16).allSatisfy { $0 == 3 })
            #expect(bytes(buffer.map { $0 + size / 2 }, size / 2).allSatisfy { $0 == UInt8(size.trailingZeroBitCount - 1) })
        }
    }

    @Test("large blocks have their own memory, recycled by free, realloc and reset")
    func largeBlocks() {
        withArena {
            let large = Int(SPBE_ARENA_LARGE) * 3
            let first = spbe_arena_calloc(1, large)
            #expect(spbe_arena_large_blocks() == 1)
            #expect(bytes(first, large).allSatisfy { $0 == 0 })
            fill(first, 9, large)
            let bigger = spbe_arena_realloc(first, large * 2)
            #expect(bytes(bigger, large).allSatisfy { $0 == 9 })
            #expect(spbe_arena_large_blocks() == 2)
            let reused = spbe_arena_calloc(1, large - 100)
            #expect(reused == first, "the block realloc left is reused")
            #expect(bytes(reused, large - 100).allSatisfy { $0 == 0 })
            spbe_arena_free(reused)
            #expect(spbe_arena_calloc(1, large) == first, "a freed large block is reused")
            let reserved = spbe_arena_bytes_reserved()
            spbe_arena_reset()
            _ = spbe_arena_calloc(1, large * 2)
            _ = spbe_arena_calloc(1, large)
            #expect(spbe_arena_large_blocks() == 2)
            #expect(spbe_arena_bytes_reserved() == reserved, "after a reset large blocks are reused, not added")
            // Small blocks never exceed a chunk, however many.
            for _ in 0..<5_000 { _ = spbe_arena_calloc(1, 1_000) }
            #expect(spbe_arena_bytes_reserved() < reserved + 6 * Int(SPBE_ARENA_CHUNK))
        }
    }

    @Test("free takes back the latest small block only")
    func freeLatest() {
        withArena {
            let first = spbe_arena_calloc(1, 64)
            let second = spbe_arena_calloc(1, 64)
            let used = spbe_arena_bytes_in_use()
            spbe_arena_free(first)
            #expect(spbe_arena_bytes_in_use() == used, "an earlier block stays until reset")
            spbe_arena_free(second)
            #expect(spbe_arena_calloc(1, 32) == second)
            spbe_arena_free(nil)
        }
    }

    @Test("a parse in pieces releases the arena, and a nested one uses the default allocator")
    func piecesReleaseAndNest() throws {
        let text = (1...40).map { "# Bab \($0)\n\nParagraf \($0) dengan **tebal** dan [tautan](https://spbe.go.id).\n\n| a | b |\n|---|---|\n| \($0) | x |\n" }
            .joined(separator: "\n")
        let bytes = Array(text.utf8)
        var whole: [Int] = []
        var outer: [Int] = []
        var inner: [[Int]] = []
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            _ = MarkdownPieces.parse(buffer, pieceBytes: 1 << 30) { whole += $0.map(\.startLine) }
            return MarkdownPieces.parse(buffer, pieceBytes: 200) { nodes in
                outer += nodes.map(\.startLine)
                var lines: [Int] = []
                _ = MarkdownPieces.parse(buffer, pieceBytes: 300) { lines += $0.map(\.startLine) }
                inner.append(lines)
            }
        }
        #expect(parsed)
        #expect(whole.count == 120)
        #expect(outer == whole)
        #expect(inner.count > 1 && inner.allSatisfy { $0 == whole })
        #expect(spbe_arena_bytes_reserved() == 0)
        #expect(spbe_arena_begin() == 1, "the parse gave the claim back")
        spbe_arena_end()
    }
}
