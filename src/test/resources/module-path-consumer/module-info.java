/** A user's module: requires dev.autarky and nothing else (ModulePathTest compiles and runs it). */
module dev.autarky.modulecheck {
    requires dev.autarky;
}
