namespace Ecosystem.DataLake.Pipeline;

/// <summary>A write-through stream that reports a checkpoint once the first bytes past the file header are written.</summary>
internal sealed class CheckpointStream(Stream inner, IPipelineProbe probe, PipelineCheckpoint checkpoint, long afterBytes) : Stream
{
    private long _written;
    private bool _reported;

    public override bool CanRead => false;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => true;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Report();
        inner.Write(buffer);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Report();
        await inner.WriteAsync(buffer, cancellationToken);
        _written += buffer.Length;
    }

    private void Report()
    {
        if (!_reported && _written > afterBytes)
        {
            _reported = true;
            probe.Reached(checkpoint);
        }
    }
}
