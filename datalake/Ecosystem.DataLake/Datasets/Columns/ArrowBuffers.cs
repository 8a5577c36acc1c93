using System.Buffers;
using System.Runtime.InteropServices;
using Apache.Arrow;

namespace Ecosystem.DataLake.Datasets.Columns;

/// <summary>
/// The Arrow buffers of a row group's arrays, filled in place in native memory (a row group's buffers are hundreds of
/// kilobytes, which as managed arrays would land on the large object heap). Once the Parquet writer has finished the
/// row group, <see cref="Reuse"/> lets the next row group fill the same memory, so a file's row groups of one size
/// take no new memory (fresh blocks would cost a page fault per page); <see cref="Dispose"/> frees it. Safe to fill
/// from several threads.
/// </summary>
public sealed class ArrowBuffers : IDisposable
{
    private readonly List<NativeMemory> _used = [];
    private readonly List<NativeMemory> _free = [];

    /// <summary>A buffer of <paramref name="count"/> values, handed out as a span to fill.</summary>
    public ArrowBuffer Allocate<T>(int count, out Span<T> values)
        where T : unmanaged
    {
        var length = Math.Max(1, count * Marshal.SizeOf<T>());
        NativeMemory? block = null;
        lock (_used)
        {
            // The smallest free block that is large enough.
            var best = -1;
            for (var i = 0; i < _free.Count; i++)
            {
                if (_free[i].Capacity >= length && (best < 0 || _free[i].Capacity < _free[best].Capacity))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                block = _free[best];
                _free.RemoveAt(best);
            }

            block ??= new NativeMemory(length);
            _used.Add(block);
        }

        values = MemoryMarshal.Cast<byte, T>(block.GetSpan())[..count];
        return new ArrowBuffer(block.Memory[..length]);
    }

    /// <summary>Every buffer handed out so far may be filled again: the arrays made of them are no longer read.</summary>
    public void Reuse()
    {
        lock (_used)
        {
            _free.AddRange(_used);
            _used.Clear();
        }
    }

    /// <summary>A validity bitmap (or Arrow's booleans) for <paramref name="count"/> rows, every bit clear.</summary>
    public ArrowBuffer Bitmap(int count, out Span<byte> bits)
    {
        var buffer = Allocate((count + 7) / 8, out bits);
        bits.Clear();
        return buffer;
    }

    public static void Set(Span<byte> bits, int row) => bits[row >> 3] |= (byte)(1 << (row & 7));

    public void Dispose()
    {
        Reuse();
        foreach (var block in _free)
        {
            ((IDisposable)block).Dispose();
        }

        _free.Clear();
    }

    /// <summary>A block of native memory seen as <see cref="Memory{T}"/>; pinning it is a no-op.</summary>
    private sealed unsafe class NativeMemory(int length) : MemoryManager<byte>
    {
        private void* _pointer = System.Runtime.InteropServices.NativeMemory.AlignedAlloc((nuint)length, 64);

        public int Capacity => length;

        public override Span<byte> GetSpan() => new(_pointer, length);

        public override MemoryHandle Pin(int elementIndex = 0) => new((byte*)_pointer + elementIndex);

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
            System.Runtime.InteropServices.NativeMemory.AlignedFree(_pointer);
            _pointer = null;
        }
    }
}
