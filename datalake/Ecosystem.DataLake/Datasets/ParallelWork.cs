using System.Runtime.ExceptionServices;

namespace Ecosystem.DataLake.Datasets;

/// <summary>
/// The lake's split of one file's work over cores (a file's columns read, gathered or encoded side by side). With
/// one worker the work runs on the caller's thread; with more, a single failure surfaces as itself (a bad file's or
/// value's own error), not wrapped in an <see cref="AggregateException"/>.
/// </summary>
internal static class ParallelWork
{
    public static void For(int count, int workers, Action<int> body, CancellationToken cancellationToken = default)
    {
        if (workers <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }
}
