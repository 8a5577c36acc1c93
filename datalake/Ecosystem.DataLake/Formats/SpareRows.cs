using System.Collections.Concurrent;

namespace Ecosystem.DataLake.Formats;

/// <summary>
/// Row objects a staging run has written, handed back to its parsers so a large file is parsed into a few hundred
/// thousand row objects instead of one per line: a 5,000,000-line statement otherwise allocates over 1 GB of rows,
/// whose collections stop the parsers and hold on to memory. The writer returns rows once their row group is
/// written (<see cref="Return"/>, one thread); each parser takes them through its own <see cref="Taker"/> and gives
/// back what it took and did not use when its text ends. A parser that takes a row sets every one of its properties.
/// At most the given number of rows wait here; beyond that, returned rows are left to the collector.
/// </summary>
public sealed class SpareRows<TRow>(int maxRows)
    where TRow : class
{
    private const int ChunkRows = 1024;

    private readonly ConcurrentQueue<TRow[]> _chunks = new();
    private readonly int _maxChunks = Math.Max(1, maxRows / ChunkRows);
    private TRow[] _filling = new TRow[ChunkRows];
    private int _filled;

    /// <summary>Rows written and no longer used by the writer. Called by one thread at a time.</summary>
    public void Return(ReadOnlySpan<TRow> rows)
    {
        foreach (var row in rows)
        {
            _filling[_filled++] = row;
            if (_filled < ChunkRows)
            {
                continue;
            }

            if (_chunks.Count < _maxChunks)
            {
                _chunks.Enqueue(_filling);
                _filling = new TRow[ChunkRows];
            }

            _filled = 0;
        }
    }

    /// <summary>A parser's access to the spare rows; not to be shared between threads.</summary>
    public Taker Take() => new(this);

    public sealed class Taker(SpareRows<TRow> spares)
    {
        private TRow[]? _chunk;
        private int _next;

        /// <summary>A spare row (its properties still those of the row it was), or null when none is spare.</summary>
        public TRow? Next()
        {
            if (_chunk is null || _next == _chunk.Length)
            {
                if (!spares._chunks.TryDequeue(out _chunk))
                {
                    _chunk = null;
                    return null;
                }

                _next = 0;
            }

            return _chunk[_next++];
        }

        /// <summary>
        /// Hands the rows of the current chunk that this parser did not use to the other parsers (it has reached the
        /// end of its text). Without it, a block's last chunk is lost to them: half a chunk per block, on average.
        /// </summary>
        public void ReturnUnused()
        {
            if (_chunk is not null && _next < _chunk.Length && spares._chunks.Count < spares._maxChunks)
            {
                spares._chunks.Enqueue(_chunk[_next..]);
            }

            _chunk = null;
        }
    }
}
