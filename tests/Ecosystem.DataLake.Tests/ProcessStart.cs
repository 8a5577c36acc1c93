using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ecosystem.DataLake.Pipeline;

namespace Ecosystem.DataLake.Tests;

internal static class ProcessStart
{
    /// <summary>The lake's processes (eco, the dashboard) set the allocators first thing; so does this one.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly starts like the processes it tests.")]
    internal static void LikeTheLakesProcesses() => MemoryRelief.ReturnLargeBuffersToTheSystem();
}
