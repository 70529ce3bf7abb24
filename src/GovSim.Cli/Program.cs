using GovSim.Cli;

return await GovSimCommand.InvokeAsync(args, Console.Out, Console.Error);
