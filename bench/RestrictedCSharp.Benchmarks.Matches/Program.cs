using RestrictedCSharp.Benchmarks.Matches;

// dotnet run -c Release --project bench/RestrictedCSharp.Benchmarks.Matches -- [matches] [size]
var matches = args.Length > 0 && int.TryParse(args[0], out var m) && m > 0 ? m : 10;
var size = args.Length > 1 && int.TryParse(args[1], out var s) && s > 0 ? s : 32;
return await MatchThroughput.RunAsync(matches, size);
