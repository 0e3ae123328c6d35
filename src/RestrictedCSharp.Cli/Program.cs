using RestrictedCSharp.Cli;

return await RcscApp.RunAsync(args, Console.Out, Console.Error);
