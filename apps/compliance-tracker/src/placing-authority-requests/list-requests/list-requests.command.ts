export class ListRequestsCommand {
  private constructor(readonly taskId: string) {}

  static create(input: { taskId: string }): ListRequestsCommand {
    return new ListRequestsCommand(input.taskId);
  }
}
