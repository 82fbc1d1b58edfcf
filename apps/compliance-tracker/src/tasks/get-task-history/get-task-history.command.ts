export class GetTaskHistoryCommand {
  private constructor(readonly taskId: string) {}

  static create(input: { taskId: string }): GetTaskHistoryCommand {
    return new GetTaskHistoryCommand(input.taskId);
  }
}
